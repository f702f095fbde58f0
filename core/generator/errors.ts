// The one error the generator throws: a code the Worker maps to a clear 4xx message.
type GenerationErrorCode = 'empty' | 'too-short' | 'too-long' | 'not-english' | 'no-items';

export class GenerationError extends Error {
  readonly code: GenerationErrorCode;
  constructor(code: GenerationErrorCode, message: string) {
    super(message);
    this.name = 'GenerationError';
    this.code = code;
  }
}
