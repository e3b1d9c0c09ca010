// Barrel for the tables stage; filled in by its implementation.
export {};
