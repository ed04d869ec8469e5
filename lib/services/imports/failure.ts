/** A problem with the import itself (its file, its options): the job stops for good instead of retrying. */
export class ImportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFailure';
  }
}
