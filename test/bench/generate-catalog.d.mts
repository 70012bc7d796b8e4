export declare function generateCatalogEntries(count: number, firstYear?: number): Array<Record<string, string>>;
export declare function generateCatalogJson(count: number): string;
export declare function generateCatalogCsv(count: number): string;
export declare function seededRandom(seed: number): () => number;
