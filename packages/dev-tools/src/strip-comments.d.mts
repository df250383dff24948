/** `text` without its comments, but those bundlers act on (`@__PURE__`, …) or that a license requires. */
export declare function stripComments(text: string, fileName: string): string;
/** Strips every JavaScript file of `folder`, in place; gives how many characters went. */
export declare function stripFolder(folder: string): number;
