import { Pipe, PipeTransform } from '@angular/core';
import { AccountServiceState, RecordingOptions, RecordingStorage, ServiceKind } from '@pbx/contracts';

/** A translation key plus params that describe a service's options, e.g. "Platform storage 2 GB". */
export interface OptionsSummary {
  key: string;
  params: Record<string, unknown>;
}

@Pipe({ name: 'serviceOptionsSummary' })
export class ServiceOptionsSummaryPipe implements PipeTransform {
  transform(service: AccountServiceState): OptionsSummary | null {
    if (service.kind !== ServiceKind.Recording || !service.active || !service.options) {
      return null;
    }
    const options = service.options as Partial<RecordingOptions>;
    if (options.storage === RecordingStorage.Ftp) {
      return { key: 'services.storage.summaryFtp', params: {} };
    }
    return { key: 'services.storage.summaryQuota', params: { gb: options.quotaGb ?? 1 } };
  }
}
