import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionService } from '../../core/auth/session.service';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { LanguageSwitchComponent } from '../../layout/language-switch.component';

@Component({
  selector: 'pbx-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    LanguageSwitchComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
})
export class LoginPageComponent {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  /** A translation key, or the API's own text (429 says how long to wait). */
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.session.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        this.busy.set(false);
        if (user) {
          void this.router.navigateByUrl(this.session.homeUrl());
        } else {
          this.error.set('login.failed');
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(this.describe(error));
      },
    });
  }

  private describe(error: unknown): string {
    if (error instanceof HttpErrorResponse) {
      if (error.status === 401) {
        return 'login.wrongCredentials';
      }
      if (error.status === 429) {
        return apiErrorMessage(error) ?? 'login.tooManyAttempts';
      }
      if (error.status === 0) {
        return 'errors.offline';
      }
    }
    return apiErrorMessage(error) ?? 'login.failed';
  }
}
