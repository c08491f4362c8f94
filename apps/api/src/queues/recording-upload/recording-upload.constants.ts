export const RECORDING_UPLOAD_QUEUE = 'recording-upload';

/** Uploads one local day of one account (payload: RecordingUploadJob). */
export const UPLOAD_DAY_JOB = 'upload-day';

/** Repeatable: finds the days due for upload and enqueues them. */
export const SCHEDULE_UPLOADS_JOB = 'schedule-uploads';

/** REC-4: how often the scheduler looks for accounts inside their night window. */
export const SCHEDULE_EVERY_MS = 10 * 60 * 1000;

/** Inactivity limit of the FTP sockets during the nightly upload; tests override it. */
export const RECORDING_FTP_TIMEOUT = Symbol('RECORDING_FTP_TIMEOUT');
