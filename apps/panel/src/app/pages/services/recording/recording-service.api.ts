import { HttpClient, HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { RecordingStorageUsage, ROUTES } from '@pbx/contracts';
import { catchError, map, Observable, of, throwError } from 'rxjs';
import { apiUrl } from '../../../core/http/api-url.util';
import { FtpConnectionTestResult, RecordingFtpSettings, RecordingUploadRun, SaveRecordingFtpSettings } from './recording-service.types';

const FTP_SETTINGS = 'ftp-settings';

/** The recording service's own settings (REC-3, REC-4, REC-5) under /api/recordings. */
@Injectable({ providedIn: 'root' })
export class RecordingServiceApi {
  private readonly http = inject(HttpClient);

  usage(): Observable<RecordingStorageUsage> {
    return this.http.get<RecordingStorageUsage>(apiUrl(ROUTES.recordings, 'storage'));
  }

  /** Null when no FTP server is configured yet (the API answers 404). */
  ftpSettings(): Observable<RecordingFtpSettings | null> {
    return this.http.get<RecordingFtpSettings>(apiUrl(ROUTES.recordings, FTP_SETTINGS)).pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound ? of(null) : throwError(() => error),
      ),
    );
  }

  saveFtpSettings(dto: SaveRecordingFtpSettings): Observable<RecordingFtpSettings> {
    return this.http.put<RecordingFtpSettings>(apiUrl(ROUTES.recordings, FTP_SETTINGS), dto);
  }

  removeFtpSettings(): Observable<void> {
    return this.http.delete(apiUrl(ROUTES.recordings, FTP_SETTINGS)).pipe(map(() => undefined));
  }

  /** Tests the form's values; what is left out (e.g. an unchanged password) comes from the saved settings. */
  testFtpSettings(dto: Partial<SaveRecordingFtpSettings>): Observable<FtpConnectionTestResult> {
    return this.http.post<FtpConnectionTestResult>(apiUrl(ROUTES.recordings, FTP_SETTINGS, 'test'), dto);
  }

  uploads(): Observable<RecordingUploadRun[]> {
    return this.http.get<RecordingUploadRun[]>(apiUrl(ROUTES.recordings, 'uploads'));
  }
}
