// Types of bundles.mjs, for vite.config.ts.
export declare const packageDir: string;
export declare const allInOne: string;
export declare function bundles(): Record<string, string>;
