export function sourceHash(): string;
export function buildIsCurrent(): boolean;
export const STAMP_FILE: string;
