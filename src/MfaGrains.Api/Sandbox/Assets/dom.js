// Small DOM helpers: text only (never HTML from the engine), so nothing the engine echoes can run as markup.

export const $ = id => document.getElementById(id);

/** An element with text and classes. */
export function element(tag, text = '', className = '') {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) {
    node.className = className;
  }
  return node;
}

export function show(node, visible = true) {
  node.hidden = !visible;
}

/** A local time of day for an RFC 3339 time. */
export const timeOfDay = rfc3339 => (rfc3339 ? new Date(rfc3339).toLocaleTimeString() : '');

/** Writes `text` into a message line, styled as an error or not. */
export function say(node, text, isError = false) {
  node.textContent = text;
  node.classList.toggle('error', isError);
}
