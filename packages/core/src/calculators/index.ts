// Barrel for the calculators stage; filled in by its implementation.
export {};
