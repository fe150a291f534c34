/**
 * The browser's side of `../fakes/office-client.ts`: in Chromium the page loads Microsoft's Office.js
 * client itself (the harness serves it ahead of the fake host), so the client is the page's own.
 */
import type { OfficeClient, Platform } from '../fakes/office-client';

export type { OfficeClient, Platform };

export function loadClient(platform: Platform = 'web'): OfficeClient {
  const page = window as unknown as { Excel: OfficeClient['Excel']; OfficeExtension: OfficeClient['OfficeExtension'] };
  const client = { platform, Excel: page.Excel, OfficeExtension: page.OfficeExtension };
  client.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return client;
}
