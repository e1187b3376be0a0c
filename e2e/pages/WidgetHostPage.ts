import type { Locator, Page } from '@playwright/test';

/** The widget's texts (packages/developers/src/widget/texts.ts). */
const HEADINGS = { bg: 'Практики от Обмен', en: 'Practices from Obmen' } as const;

/**
 * A partner's page on another origin that embeds Obmen's widget: `<script src="…/widget.js">`
 * and `<obmen-practices …>`. The widget lives in a shadow root, which role locators pierce.
 */
export class WidgetHostPage {
  constructor(readonly page: Page) {}

  /** The widget's section, a region named by its heading. */
  widget(language: keyof typeof HEADINGS = 'bg', heading: string = HEADINGS[language]): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  practices(widget: Locator): Locator {
    return widget.getByRole('list').getByRole('listitem');
  }

  practiceLink(widget: Locator, title: string): Locator {
    return widget.getByRole('heading', { level: 3 }).getByRole('link', { name: title });
  }

  status(widget: Locator): Locator {
    return widget.getByRole('status');
  }

  /** Waits for the widget's answer: it marks its section aria-busy="false" once it has one. */
  async loaded(widget: Locator): Promise<void> {
    await widget.and(this.page.locator('[aria-busy="false"]')).waitFor();
  }
}
