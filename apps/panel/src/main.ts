import { registerLocaleData } from '@angular/common';
import localePl from '@angular/common/locales/pl';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

// Dates and numbers follow the panel language; English data ships with Angular.
registerLocaleData(localePl);

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
