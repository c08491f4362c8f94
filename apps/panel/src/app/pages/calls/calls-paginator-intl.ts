import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** The paginator's texts from the translation files, re-read when the language changes. */
@Injectable()
export class CallsPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.translateLabels();
    this.translate.onLangChange.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.translateLabels());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) {
      return this.translate.instant('calls.paginator.rangeEmpty', { total: length });
    }
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.translate.instant('calls.paginator.range', { start, end, total: length });
  };

  private translateLabels(): void {
    this.itemsPerPageLabel = this.translate.instant('calls.paginator.itemsPerPage');
    this.nextPageLabel = this.translate.instant('calls.paginator.nextPage');
    this.previousPageLabel = this.translate.instant('calls.paginator.previousPage');
    this.firstPageLabel = this.translate.instant('calls.paginator.firstPage');
    this.lastPageLabel = this.translate.instant('calls.paginator.lastPage');
    this.changes.next();
  }
}
