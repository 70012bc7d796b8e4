/**
 * Why a .docx could not be read, told apart so that the message says what to do. Messages in
 * Vietnamese and English, Vietnamese first, as every text the project shows.
 */
import { defineMessages, translator, type Locale } from '../core/messages';

export type DocxProblem =
  | { readonly reason: 'notZip' }
  | { readonly reason: 'oleFile' }
  | { readonly reason: 'noDocument' }
  | { readonly reason: 'packageTooLarge'; readonly limitMb: number }
  | { readonly reason: 'partTooLarge'; readonly part: string; readonly limitMb: number }
  | { readonly reason: 'badXml'; readonly part: string; readonly detail: string }
  | { readonly reason: 'textTooLarge'; readonly sizeKb: number; readonly limitKb: number };

/** A reading failure the reader itself detected: the file, not kehoach, is at fault. */
export class DocxError extends Error {
  constructor(readonly problem: DocxProblem) {
    super(problem.reason);
    this.name = 'DocxError';
  }
}

export const DOCX_MESSAGES = defineMessages({
  notZip: {
    vi: '{file}: không phải tệp Word .docx (không phải gói zip); nếu là tệp .doc cũ, hãy mở bằng Word và lưu lại dưới dạng .docx',
    en: '{file}: not a Word .docx file (not a zip package); if it is an old .doc, open it in Word and save it as .docx',
  },
  oleFile: {
    vi: '{file}: là tệp Word cũ (.doc) hoặc tệp .docx có đặt mật khẩu, không đọc được; hãy bỏ mật khẩu hoặc lưu lại dưới dạng .docx',
    en: '{file}: an old Word file (.doc) or a password-protected .docx, which cannot be read; remove the password or save it as .docx',
  },
  noDocument: {
    vi: '{file}: gói zip không có phần văn bản Word (word/document.xml), không phải tệp .docx',
    en: '{file}: the zip package has no Word document part (word/document.xml); not a .docx file',
  },
  packageTooLarge: {
    vi: '{file}: tệp lớn quá (trên {limitMb} MB), không đọc',
    en: '{file}: the file is too large (over {limitMb} MB); not read',
  },
  partTooLarge: {
    vi: '{file}: phần {part} giải nén ra quá {limitMb} MB (có thể là “bom zip”), không đọc',
    en: '{file}: the part {part} would unpack to over {limitMb} MB (perhaps a zip bomb); not read',
  },
  badXml: {
    vi: '{file}: tệp .docx hỏng, phần {part} không phải XML hợp lệ ({detail}); hãy mở bằng Word và lưu lại',
    en: '{file}: a damaged .docx: the part {part} is not well-formed XML ({detail}); open it in Word and save it again',
  },
  fixRefused: {
    vi: '{file}: --fix chỉ sửa tệp văn bản (.md, .txt); tệp Word không được sửa, hãy sửa trong Word. Các vấn đề vẫn được báo cáo dưới đây',
    en: '{file}: --fix only fixes text files (.md, .txt); a Word file is not changed, fix it in Word. Its problems are still reported below',
  },
  textTooLarge: {
    vi: '{file}: văn bản lấy ra dài quá để kiểm tra ({sizeKb} KB > {limitKb} KB)',
    en: '{file}: the text read from it is too large to check ({sizeKb} KB > {limitKb} KB)',
  },
});

export function describeDocxProblem(problem: DocxProblem, file: string, locale: Locale): string {
  const { reason, ...data } = problem;
  return translator(DOCX_MESSAGES, locale, 'docx')(reason, { file, ...data } as Record<string, string | number>);
}

/** `--fix` given with a .docx: what is done instead. */
export function fixRefusedMessage(file: string, locale: Locale): string {
  return translator(DOCX_MESSAGES, locale, 'docx')('fixRefused', { file });
}
