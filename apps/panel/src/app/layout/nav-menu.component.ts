import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { ServiceKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionService } from '../core/auth/session.service';
import { AccountServicesStore } from '../core/service-catalog/account-services.store';
import { SERVICE_CATALOG } from '../core/service-catalog/service-catalog';
import { NavMenuGroup } from './nav-menu-group.interface';

/** The left menu as in the operator's panel: services, calls and mail, settings; support sees its own area. */
@Component({
  selector: 'pbx-nav-menu',
  imports: [MatListModule, MatIconModule, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nav-menu.component.html',
  styleUrl: './nav-menu.component.scss',
})
export class NavMenuComponent {
  private readonly session = inject(SessionService);
  private readonly accountServices = inject(AccountServicesStore);

  /** Emitted when an entry was chosen, so an overlay menu can close. */
  readonly navigated = output<void>();

  protected readonly groups = computed<NavMenuGroup[]>(() => {
    if (this.session.isSupport()) {
      return [
        {
          titleKey: 'nav.support',
          items: [{ labelKey: 'nav.accounts', icon: 'domain', link: '/support', testId: 'menu-support-accounts' }],
        },
      ];
    }
    const active = this.accountServices.activeKinds();
    return [
      {
        titleKey: 'nav.services',
        items: [
          { labelKey: 'nav.serviceActivation', icon: 'toggle_on', link: '/services', testId: 'menu-service-activation' },
          ...SERVICE_CATALOG.filter((entry) => active.has(entry.kind)).map((entry) => ({
            labelKey: `${entry.i18n}.menu`,
            icon: entry.icon,
            link: `/services/${entry.kind}`,
            testId: `menu-${entry.kind}`,
          })),
        ],
      },
      ...(active.has(ServiceKind.CallCenter) || active.has(ServiceKind.Queues)
        ? [
            {
              titleKey: 'nav.callCenter',
              items: [
                ...(active.has(ServiceKind.CallCenter)
                  ? [{ labelKey: 'nav.campaigns', icon: 'support_agent', link: '/call-center', testId: 'menu-campaigns' }]
                  : []),
                ...(active.has(ServiceKind.Queues) ? [{ labelKey: 'nav.queues', icon: 'hourglass_top', link: '/queues', testId: 'menu-queues' }] : []),
                { labelKey: 'nav.agents', icon: 'headset_mic', link: '/agents', testId: 'menu-agents' },
              ],
            },
          ]
        : []),
      {
        titleKey: 'nav.callsAndMail',
        items: [{ labelKey: 'nav.callList', icon: 'call_log', link: '/calls', testId: 'menu-calls' }],
      },
      {
        titleKey: 'nav.settings',
        items: [
          { labelKey: 'nav.phoneAccounts', icon: 'phone_in_talk', link: '/phone-accounts', testId: 'menu-phone-accounts' },
          { labelKey: 'nav.numbers', icon: 'tag', link: '/numbers', testId: 'menu-numbers' },
          { labelKey: 'nav.trunks', icon: 'lan', link: '/trunks', testId: 'menu-trunks' },
          ...(this.session.isCustomerAdmin()
            ? [{ labelKey: 'nav.users', icon: 'group', link: '/users', testId: 'menu-users' }]
            : []),
          { labelKey: 'nav.accountSettings', icon: 'settings', link: '/account', testId: 'menu-account' },
        ],
      },
    ];
  });
}
