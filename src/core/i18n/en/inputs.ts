/** Reading inputs: answer files, exports (CSV, XLSX), maps, folders and files, and what scoring says of them. */
export const INPUTS_EN = {} as const;
