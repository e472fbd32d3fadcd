// Reading a QR code from an image with jsQR (vendored: jsqr.js, Apache-2.0, see jsqr-LICENSE.txt), as the phone's camera would.

/** The text of the QR code in `image` (an <img> or ImageBitmap), or null when none can be read. */
export function decodeQr(image) {
  const width = image.naturalWidth ?? image.width;
  const height = image.naturalHeight ?? image.height;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, width, height);
  return globalThis.jsQR(pixels.data, width, height)?.data ?? null;
}

/** The activation code and URL of a `mfagrains://activate?code=…&url=…` payload, or null for anything else. */
export function parseActivationPayload(text) {
  if (!text?.startsWith('mfagrains://activate?')) {
    return null;
  }
  const query = new URLSearchParams(text.slice('mfagrains://activate?'.length));
  return query.get('code') ? { code: query.get('code'), url: query.get('url') } : null;
}
