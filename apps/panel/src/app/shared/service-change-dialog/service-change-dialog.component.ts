import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { ServiceKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { serviceCatalogEntry } from '../../core/service-catalog/service-catalog';
import { RECORDING_STORAGE_CHOICES } from './recording-storage-choice';
import { ServiceChangeDecision, ServiceChangeDialogData } from './service-change-dialog-data.interface';

/** Confirmation before a service is switched on or off; for recording it also asks for the storage (REC-1). */
@Component({
  selector: 'pbx-service-change-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-change-dialog.component.html',
  styleUrl: './service-change-dialog.component.scss',
})
export class ServiceChangeDialogComponent {
  protected readonly data = inject<ServiceChangeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ServiceChangeDialogComponent, ServiceChangeDecision>>(MatDialogRef);

  protected readonly entry = serviceCatalogEntry(this.data.kind);
  protected readonly asksStorage = this.data.activate && this.data.kind === ServiceKind.Recording;
  protected readonly storageChoices = RECORDING_STORAGE_CHOICES;
  protected readonly storageChoiceId = signal(RECORDING_STORAGE_CHOICES[0].id);

  protected confirm(): void {
    const choice = this.storageChoices.find((candidate) => candidate.id === this.storageChoiceId());
    this.dialogRef.close(this.asksStorage && choice ? { options: choice.options } : {});
  }
}
