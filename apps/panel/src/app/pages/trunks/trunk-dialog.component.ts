import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CreateTrunkDto, SipTransport, Trunk } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { TrunksService } from './trunks.service';

const DEFAULT_SIP_PORT = 5060;
const DEFAULT_MAX_CHANNELS = 10;
/** Same rules as CreateTrunkDto. */
const HOST_PATTERN = /^[a-zA-Z0-9.-]+$/;
const CALLER_ID_PATTERN = /^\+?\d{3,15}$/;

/** Adds a trunk, or edits one when opened with it; the password is write-only. */
@Component({
  selector: 'pbx-trunk-dialog',
  imports: [MatDialogModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trunk-dialog.component.html',
  styleUrl: './trunk-dialog.component.scss',
})
export class TrunkDialogComponent {
  private readonly trunks = inject(TrunksService);
  private readonly dialogRef = inject<MatDialogRef<TrunkDialogComponent, Trunk>>(MatDialogRef);
  protected readonly trunk = inject<Trunk | null>(MAT_DIALOG_DATA);

  protected readonly transports = Object.values(SipTransport);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.trunk?.name ?? '', [Validators.required, Validators.maxLength(80)]],
    host: [this.trunk?.host ?? '', [Validators.required, Validators.pattern(HOST_PATTERN), Validators.maxLength(253)]],
    port: [this.trunk?.port ?? DEFAULT_SIP_PORT, [Validators.required, Validators.min(1), Validators.max(65535)]],
    transport: [(this.trunk?.transport as SipTransport | undefined) ?? SipTransport.Udp],
    username: [this.trunk?.username ?? '', Validators.maxLength(80)],
    password: ['', Validators.maxLength(120)],
    callerId: [this.trunk?.callerId ?? '', Validators.pattern(CALLER_ID_PATTERN)],
    maxChannels: [this.trunk?.maxChannels ?? DEFAULT_MAX_CHANNELS, [Validators.required, Validators.min(1), Validators.max(1000)]],
    recordingEnabled: [this.trunk?.recordingEnabled ?? false],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const dto: CreateTrunkDto = {
      name: value.name.trim(),
      host: value.host.trim(),
      port: Number(value.port),
      transport: value.transport,
      maxChannels: Number(value.maxChannels),
      recordingEnabled: value.recordingEnabled,
      ...(value.username ? { username: value.username } : {}),
      ...(value.callerId ? { callerId: value.callerId } : {}),
      // An empty password field keeps the stored one.
      ...(value.password ? { password: value.password } : {}),
    };
    const request: Observable<Trunk> = this.trunk ? this.trunks.update(this.trunk.id, dto) : this.trunks.create(dto);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
