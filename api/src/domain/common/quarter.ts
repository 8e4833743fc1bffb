/** The calendar quarter of an ISO timestamp or date: `2026-11-04` → `2026-Q4`. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
