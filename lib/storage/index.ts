import "server-only";
import { env } from "@/lib/env";
import { createLocalStorage, type FileStorage } from "@/lib/storage/local";

export { readStart, MissingFileError, type FileStorage } from "@/lib/storage/local";

// Tests run with the default root redirected into tmp/, so they never write into ./data.
const root = env.NODE_ENV === "test" && env.STORAGE_DIR === "./data/files" ? "./tmp/test-files" : env.STORAGE_DIR;

// The app's one file store (uploaded imports, later evidence files). Local disk under STORAGE_DIR;
// several app instances need that directory shared (or another FileStorage behind this interface).
export const storage: FileStorage = createLocalStorage(root);
