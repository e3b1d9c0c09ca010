// Barrel for the panels stage; filled in by its implementation.
export {};
