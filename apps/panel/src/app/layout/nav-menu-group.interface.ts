export interface NavMenuItem {
  labelKey: string;
  icon: string;
  link: string;
  testId: string;
}

export interface NavMenuGroup {
  titleKey: string;
  items: NavMenuItem[];
}
