/**
 * Importing what public recruiting sites already publish (Jekyll, Hugo, beta.gouv.fr job
 * files) as knowledge files. `importPages` is the API; `runImportCommand` the command line.
 */
export { importPages, type ImportOptions } from './run.js';
export { runImportCommand, IMPORT_USAGE, type ImportCommandContext } from './command.js';
export { convertPage, REPORTED_FIELDS, type Conversion, type MissingField, type Refusal } from './convert.js';
export { IMPORT_FORMATS, type ImportFormat } from './formats.js';
export { parseSalary, type SalaryResult } from './salary.js';
export { importedFileState, renderEntry } from './render.js';
export { reportText, summarise, type FileReport, type ImportReport, type ImportSummary } from './report.js';
