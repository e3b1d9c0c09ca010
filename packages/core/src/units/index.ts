// Barrel for the units stage; filled in by its implementation.
export {};
