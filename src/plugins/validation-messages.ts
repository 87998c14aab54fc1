import type { Localized } from '../errors.ts';

/**
 * Japanese and English messages for every kind of Zod 4 issue, for the `errors` list of a
 * validation_failed problem. Zod's own texts are English (its Japanese locale reads like a
 * translation of type names), so the field messages are written here, from the issue's facts.
 */
export type ZodIssueLike = {
  code: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  divisor?: number;
  keys?: string[];
  values?: unknown[];
  params?: Record<string, unknown>;
  message?: string;
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { ja: '文字列', en: 'text' },
  number: { ja: '数値', en: 'a number' },
  int: { ja: '整数', en: 'a whole number' },
  bigint: { ja: '整数', en: 'a whole number' },
  boolean: { ja: '真偽値（true／false）', en: 'true or false' },
  array: { ja: '配列', en: 'a list' },
  object: { ja: 'オブジェクト', en: 'an object' },
  date: { ja: '日付', en: 'a date' },
  null: { ja: 'null', en: 'null' },
};

const FORMATS: Record<string, Localized> = {
  email: { ja: 'メールアドレス', en: 'an email address' },
  url: { ja: 'URL', en: 'a URL' },
  uuid: { ja: 'UUID', en: 'a UUID' },
  datetime: { ja: '日時（ISO 8601）', en: 'a date and time (ISO 8601)' },
  date: { ja: '日付（YYYY-MM-DD）', en: 'a date (YYYY-MM-DD)' },
  time: { ja: '時刻（HH:MM:SS）', en: 'a time (HH:MM:SS)' },
  regex: { ja: '指定', en: 'text in the expected format' },
  starts_with: { ja: '指定', en: 'text with the expected beginning' },
  ends_with: { ja: '指定', en: 'text with the expected ending' },
  includes: { ja: '指定', en: 'text with the expected part' },
};

function typeName(t: string | undefined): Localized {
  return TYPE_NAMES[t ?? ''] ?? { ja: t ?? '正しい型', en: t ?? 'the right type' };
}

function sizeMessage(issue: ZodIssueLike, bound: 'min' | 'max'): Localized {
  const n = String(bound === 'min' ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  const dirJa = bound === 'min' ? (strict ? 'より多く' : '以上') : strict ? '未満' : '以下';
  const dirEn = bound === 'min' ? (strict ? 'more than' : 'at least') : strict ? 'fewer than' : 'at most';
  switch (issue.origin) {
    case 'string':
      return { ja: `${n}文字${dirJa}で入力してください。`, en: `Enter ${dirEn} ${n} characters.` };
    case 'array':
    case 'set':
      return { ja: `${n}件${dirJa}にしてください。`, en: `Give ${dirEn} ${n} items.` };
    case 'file':
      return { ja: `ファイルの大きさは${n}バイト${dirJa}にしてください。`, en: `The file must be ${dirEn} ${n} bytes.` };
    default: {
      const ja = bound === 'min' ? (strict ? 'より大きい' : '以上の') : strict ? '未満の' : '以下の';
      const en = bound === 'min' ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most';
      return { ja: `${n}${ja}値を入力してください。`, en: `Enter a value ${en} ${n}.` };
    }
  }
}

/** `missing`: the field was absent (Zod reports that as invalid_type). */
export function fieldMessage(issue: ZodIssueLike, missing: boolean): Localized {
  const custom = issue.params;
  if (custom && typeof custom.ja === 'string' && typeof custom.en === 'string') return { ja: custom.ja, en: custom.en };
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return { ja: '必須項目です。入力してください。', en: 'This field is required.' };
      const t = typeName(issue.expected);
      return { ja: `${t.ja}で入力してください。`, en: `Enter ${t.en}.` };
    }
    case 'too_small':
      return sizeMessage(issue, 'min');
    case 'too_big':
      return sizeMessage(issue, 'max');
    case 'invalid_format': {
      const f = FORMATS[issue.format ?? ''] ?? { ja: '指定', en: 'a value in the expected format' };
      return { ja: `${f.ja}の形式で入力してください。`, en: `Enter ${f.en}.` };
    }
    case 'not_multiple_of':
      return { ja: `${issue.divisor}の倍数を入力してください。`, en: `Enter a multiple of ${issue.divisor}.` };
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).join(', ');
      return { ja: `受け付けない項目があります: ${keys}`, en: `Unknown fields: ${keys}` };
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return values.length <= 200
        ? { ja: `次のいずれかを指定してください: ${values}`, en: `Choose one of: ${values}` }
        : { ja: '選択肢の中から指定してください。', en: 'Choose one of the allowed values.' };
    }
    case 'invalid_union':
      return { ja: '入力の形式がどの選択肢にも当てはまりません。', en: 'The value matches none of the allowed forms.' };
    case 'invalid_key':
      return { ja: '項目名が正しくありません。', en: 'A key is not valid.' };
    case 'invalid_element':
      return { ja: '要素に正しくない値があります。', en: 'An element is not valid.' };
    default:
      return { ja: '入力内容が正しくありません。', en: 'This value is not valid.' };
  }
}
