// The virtual phone's account in IndexedDB. CryptoKey objects are stored as they are: the private key and the TOTP
// key stay non-extractable, as they would in a phone's keystore.

const database = 'mfagrains-sandbox-phone';
const store = 'accounts';
const slot = 'account';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact(mode, operation) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = operation(transaction.objectStore(store));
    transaction.oncomplete = () => {
      db.close();
      resolve(request.result);
    };
    transaction.onerror = () => reject(transaction.error);
  });
}

/** The saved account, or undefined. */
export const loadAccount = () => transact('readonly', s => s.get(slot));

export const saveAccount = account => transact('readwrite', s => s.put(account, slot));

export const forgetAccount = () => transact('readwrite', s => s.delete(slot));
