/** Streams rows as CSV, JSON or Excel (exceljs' streaming writer), page by page: any size. */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type Column<T> = { header: string; value: (row: T) => string | number };
export type ExportFormat = 'csv' | 'xlsx' | 'json';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function* csvOf<T>(pages: AsyncIterable<T[]>, columns: Column<T>[]): AsyncGenerator<string> {
  // A byte-order mark so that Excel opens the Japanese text as UTF-8.
  yield `\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`;
  for await (const page of pages) yield page.map((r) => `${columns.map((c) => csvCell(c.value(r))).join(',')}\r\n`).join('');
}

async function* jsonOf<T>(pages: AsyncIterable<T[]>, toJson: (row: T) => unknown): AsyncGenerator<string> {
  yield '{"items":[';
  let first = true;
  for await (const page of pages) {
    for (const r of page) {
      yield (first ? '' : ',') + JSON.stringify(toJson(r));
      first = false;
    }
  }
  yield ']}';
}

function xlsxOf<T>(pages: AsyncIterable<T[]>, columns: Column<T>[], sheet: string): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = book.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.header, width: 20 }));
  (async () => {
    for await (const page of pages) for (const r of page) ws.addRow(columns.map((c) => c.value(r))).commit();
    ws.commit();
    await book.commit();
  })().catch((e: unknown) => out.destroy(e as Error));
  return out;
}

export function exportStream<T>(
  format: ExportFormat,
  pages: AsyncIterable<T[]>,
  columns: Column<T>[],
  toJson: (row: T) => unknown,
): { stream: Readable; contentType: string; extension: string } {
  const stream =
    format === 'xlsx'
      ? xlsxOf(pages, columns, 'projects')
      : Readable.from(format === 'csv' ? csvOf(pages, columns) : jsonOf(pages, toJson));
  return { stream, contentType: CONTENT_TYPES[format], extension: format };
}
