import { SignInPage } from '../pages/SignInPage.js';
import { authStatePath, ROLES } from '../src/roles.js';
import { test as setup } from '../src/test.js';

// Each role signs in once, through the page a person uses; the scenarios start from these states.
for (const role of ROLES) {
  setup(`sign in as ${role} through the sign-in page`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAs(role);
    await page.context().storageState({ path: authStatePath(role) });
  });
}
