// Barrel for the targets stage; filled in by its implementation.
export {};
