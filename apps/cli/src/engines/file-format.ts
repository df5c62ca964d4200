export type FileFormat = "parquet" | "csv";

/** The format of a population file from its extension; null for JSON Lines. */
export function formatOf(file: string): FileFormat | null {
  if (/\.parquet$/i.test(file)) return "parquet";
  if (/\.csv$/i.test(file)) return "csv";
  return null;
}
