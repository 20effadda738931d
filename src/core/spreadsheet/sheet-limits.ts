/**
 * Limits applied while a spreadsheet upload is read (docs/security.md).
 * Every limit is checked as the file is read, never after: a row number
 * beyond `maxRows` fails the moment it is seen, a zip member fails the moment
 * its inflated output passes its limit (declared sizes are not trusted).
 * Over a limit → 413 SHEET_TOO_LARGE naming the limit and its value.
 */
import { AppError } from '../errors.ts';

export interface SheetLimits {
  /** Highest row number accepted, the header row included. */
  maxRows: number;
  /** Highest column number accepted (64 = column BL). */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** Cells in the sheet (every cell element of an xlsx, every field of a CSV). */
  maxCells: number;
  /** Characters of cell text in the whole sheet (as CSV text would be, at most). */
  maxTextChars: number;
  /** Inflated bytes of the worksheet XML (xlsx) or the file itself (CSV). */
  maxSheetXmlBytes: number;
  /** Inflated bytes of xl/sharedStrings.xml. */
  maxSharedStringsBytes: number;
  /** Entries in xl/sharedStrings.xml. */
  maxSharedStrings: number;
  /** Inflated bytes of each other part read (workbook, relationships, styles). */
  maxPartBytes: number;
  /** Members of the zip archive. */
  maxZipMembers: number;
  /** Characters of one XML tag or text run that is still incomplete. */
  maxElementChars: number;
  /** Wall-clock time to read the sheet, in milliseconds. */
  maxMillis: number;
}

const MB = 1024 * 1024;

/** Product import and price surveys: 200,000 data rows under a header. */
const IMPORT: SheetLimits = {
  maxRows: 200_001,
  maxColumns: 64,
  maxCellChars: 32 * 1024,
  maxCells: 10_000_000,
  maxTextChars: 64 * MB,
  maxSheetXmlBytes: 512 * MB,
  maxSharedStringsBytes: 64 * MB,
  maxSharedStrings: 10_000_000,
  maxPartBytes: 16 * MB,
  maxZipMembers: 1000,
  maxElementChars: MB,
  maxMillis: 30_000,
};

export const SHEET_LIMITS = {
  import: IMPORT,
  /**
   * The product import, read as a stream (streamSheet) while each batch is checked and written:
   * the reader competes for the CPU with the checking and writing it feeds, so its own reading
   * time (waits for the consumer excluded) may run to two minutes; every size limit is the same.
   */
  productImport: { ...IMPORT, maxMillis: 120_000 },
  survey: IMPORT,
  /** Load-planner lots (a public route): 5,000 lot rows under a header. */
  lots: {
    ...IMPORT,
    maxRows: 5_001,
    maxCells: 5_001 * 64,
    maxTextChars: 8 * MB,
    maxSheetXmlBytes: 32 * MB,
    maxSharedStringsBytes: 8 * MB,
    maxSharedStrings: 5_001 * 64,
    maxMillis: 10_000,
  },
} as const satisfies Record<string, SheetLimits>;

const WHAT: Record<keyof SheetLimits, string> = {
  maxRows: 'rows (header included)',
  maxColumns: 'columns',
  maxCellChars: 'characters in one cell',
  maxCells: 'cells',
  maxTextChars: 'characters of cell text in the sheet',
  maxSheetXmlBytes: 'bytes of worksheet data once unpacked',
  maxSharedStringsBytes: 'bytes of shared strings once unpacked',
  maxSharedStrings: 'shared strings',
  maxPartBytes: 'bytes in one workbook part once unpacked',
  maxZipMembers: 'files inside the xlsx archive',
  maxElementChars: 'characters in one XML element',
  maxMillis: 'milliseconds of reading',
};

/** 413 SHEET_TOO_LARGE naming the limit; `found` says what went over it. */
export function sheetTooLarge(limits: SheetLimits, limit: keyof SheetLimits, found: string): AppError {
  const value = limits[limit];
  return new AppError(
    'SHEET_TOO_LARGE',
    `the spreadsheet is over the limit of ${value.toLocaleString('en-US')} ${WHAT[limit]} (${limit}): ${found}; split the file or remove what is not needed`,
    { limit, value, found },
  );
}

/** 400 BAD_SPREADSHEET: the file is damaged or not what it claims to be. */
export function badSheet(message: string): AppError {
  return new AppError('BAD_SPREADSHEET', message);
}
