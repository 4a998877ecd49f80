// JSON.parse with the failure turned into an ImportError that says what was expected.
import { ImportError, wrongFormat } from './error';
import { FORMAT_LABELS, type ImportFormat } from './types';
import { stripBom } from './csv';

export function parseJson(format: ImportFormat, text: string): unknown {
  const body = stripBom(text).trim();
  if (!body) throw new ImportError(format, 'empty', `This file is empty; expected a ${FORMAT_LABELS[format]}.`);
  if (body[0] !== '{' && body[0] !== '[') throw wrongFormat(format, 'it is not JSON.');
  try {
    return JSON.parse(body);
  } catch {
    throw new ImportError(format, 'damaged', `This ${FORMAT_LABELS[format]} is damaged or cut short: it is not complete JSON. Nothing was imported; download the export again.`);
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
