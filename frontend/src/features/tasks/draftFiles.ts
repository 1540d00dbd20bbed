// Files that wait with a draft (the photo of a report of false information): too big for
// localStorage, they are kept in IndexedDB under the key of their upload, until it went through
// or the draft is discarded. Without IndexedDB (private modes, tests) they live in memory for
// this page only.

export interface DraftFileStore {
  put(key: string, file: Blob): Promise<void>;
  get(key: string): Promise<Blob | undefined>;
  remove(key: string): Promise<void>;
}

const DATABASE = "ttdn-drafts";
const STORE = "files";

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The files in IndexedDB (the database is opened once, on first use). */
export function indexedDbStore(factory: IDBFactory): DraftFileStore {
  let opening: Promise<IDBDatabase> | undefined;
  const database = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opening = undefined;
        reject(request.error);
      };
    });
    return opening;
  };
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) =>
    done(work((await database()).transaction(STORE, mode).objectStore(STORE)));
  return {
    put: async (key, file) => {
      await run("readwrite", (store) => store.put(file, key));
    },
    get: async (key) => (await run("readonly", (store) => store.get(key))) as Blob | undefined,
    remove: async (key) => {
      await run("readwrite", (store) => store.delete(key));
    },
  };
}

export function memoryStore(): DraftFileStore {
  const files = new Map<string, Blob>();
  return {
    put: async (key, file) => {
      files.set(key, file);
    },
    get: async (key) => files.get(key),
    remove: async (key) => {
      files.delete(key);
    },
  };
}

/** `primary`, and `fallback` for the files it could not take (a full or refused database). */
export function withFallback(primary: DraftFileStore, fallback: DraftFileStore): DraftFileStore {
  return {
    put: (key, file) => primary.put(key, file).catch(() => fallback.put(key, file)),
    get: async (key) =>
      (await fallback.get(key)) ?? (await primary.get(key).catch(() => undefined)),
    remove: async (key) => {
      await fallback.remove(key);
      await primary.remove(key).catch(() => undefined);
    },
  };
}

export const draftFiles: DraftFileStore =
  typeof indexedDB === "undefined"
    ? memoryStore()
    : withFallback(indexedDbStore(indexedDB), memoryStore());
