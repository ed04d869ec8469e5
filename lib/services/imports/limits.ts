function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const MB = 1024 * 1024;

/** The limits of bulk imports (docs/decisions/005-bulk-import.md). */
export const importLimits = {
  /** MAX_IMPORT_BYTES: the largest file accepted (20 MB by default). */
  get maxBytes(): number {
    return positiveInt(process.env.MAX_IMPORT_BYTES, 20 * MB);
  },
  /** MAX_IMPORT_ROWS: the most data rows in one file. */
  get maxRows(): number {
    return positiveInt(process.env.MAX_IMPORT_ROWS, 200_000);
  },
  /** An XLSX file is a zip: at most this many entries… */
  maxZipEntries: 2_000,
  /** …this many bytes once uncompressed, in all (counted while inflating)… */
  maxUncompressedBytes: 400 * MB,
  /** …and in any one entry… */
  maxZipEntryBytes: 256 * MB,
  /** …and no entry inflating more than this many times its compressed size. */
  maxCompressionRatio: 200,
  /** Rows per processing transaction. */
  batchSize: 4_000,
  /** Batches of one import processed at the same time. */
  lanes: 2,
  /** Rows per INSERT while staging. */
  stageChunk: 5_000,
  /** Cells longer than this are cut (and names longer than 100 characters fail the row). */
  maxCellChars: 1_000,
};
