#pragma once

#include <QString>

class AppWindow;
class LoginFlow;

// Representative states of the sign-in pages and the home page, for the tour's screenshots.
// The pages are filled as LoginFlow would fill them, without a sign-in on a server: the tour
// shows each page the same way whatever accounts the portal has.
namespace TourSamples {

// Each shows one screen in `window` and returns false when the screen is missing.
bool showCredentialsWithError(AppWindow *window);
bool showSmsCode(AppWindow *window);
bool showSmsCodeWrong(AppWindow *window);
bool showChangePassword(AppWindow *window);
bool showTerms(AppWindow *window);
bool showForgotPassword(AppWindow *window);
bool showResetPassword(AppWindow *window);
bool showClientPicker(AppWindow *window, LoginFlow *flow);
bool showHome(AppWindow *window);

} // namespace TourSamples
