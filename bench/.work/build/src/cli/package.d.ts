/** The directory holding the package.json above `from` (a file URL or path). */
export declare function packageRoot(from?: string | URL): string;
export interface PackageInfo {
    readonly name: string;
    readonly version: string;
}
export declare function packageInfo(root?: string): PackageInfo;
