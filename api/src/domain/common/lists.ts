/** True when no value appears twice. */
export const unique = <T>(values: readonly T[]): boolean => new Set(values).size === values.length;
