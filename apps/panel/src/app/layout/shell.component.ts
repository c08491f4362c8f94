import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { SessionService } from '../core/auth/session.service';
import { NotificationService } from '../core/notify/notification.service';
import { AccountServicesStore } from '../core/service-catalog/account-services.store';
import { NavMenuComponent } from './nav-menu.component';
import { ToolbarComponent } from './toolbar.component';

/** Below this width the menu is an overlay opened from the toolbar. */
const HANDSET_QUERY = '(max-width: 959.98px)';

@Component({
  selector: 'pbx-shell',
  imports: [MatSidenavModule, RouterOutlet, NavMenuComponent, ToolbarComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly session = inject(SessionService);
  private readonly accountServices = inject(AccountServicesStore);
  private readonly notifications = inject(NotificationService);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly sidenavMode = computed(() => (this.isHandset() ? 'over' : 'side'));

  constructor() {
    // The menu lists the active services of a customer's account (ACC-2).
    effect(() => {
      const user = this.session.user();
      if (user && !this.session.isSupport() && !this.accountServices.loaded()) {
        this.accountServices.load().subscribe({ error: (error: unknown) => this.notifications.error(error) });
      }
    });
  }

  protected toggleMenu(): void {
    void this.sidenav().toggle();
  }

  protected closeOverlayMenu(): void {
    if (this.isHandset()) {
      void this.sidenav().close();
    }
  }
}
