package org.samskab.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.samskab.security.CurrentMember;
import org.samskab.security.SignedInMember;

/**
 * The frame around every signed-in page. The menu lists the views annotated with {@code @Menu}, whose titles
 * are translation keys, so adding a feature never touches this class.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final AuthenticationContext authenticationContext;
    private final CurrentMember currentMember;
    private final Div drawerContent = new Div();
    private final DrawerToggle toggle = new DrawerToggle();
    private final Div userMenuHolder = new Div();

    MainLayout(AuthenticationContext authenticationContext, CurrentMember currentMember) {
        this.authenticationContext = authenticationContext;
        this.currentMember = currentMember;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Samskab");
        brand.addClassName("app-brand");
        // A header element outside main is the page's banner landmark: brand and user menu are inside a landmark.
        Header header = new Header(toggle, brand, userMenuHolder);
        header.addClassName("app-header");
        addToNavbar(header);

        drawerContent.addClassName("app-drawer");
        addToDrawer(new Scroller(drawerContent));
    }

    /** Also called on attach (before the first render), so the frame is built once per page, not twice. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        drawerContent.removeAll();
        Span drawerBrand = new Span("Samskab");
        drawerBrand.addClassName("app-drawer-brand");
        // The name again, for the eye: screen readers have it in the banner (and in every page title).
        drawerBrand.getElement().setAttribute("aria-hidden", "true");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("menu.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        drawerContent.add(drawerBrand, nav);

        userMenuHolder.removeAll();
        currentMember.find().ifPresent(this::addUserMenu);
    }

    /** Up to two initials, whole code points only, so a name with an emoji never shows half a character. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (initials.length() >= 2) {
                break;
            }
            word.codePoints().filter(Character::isLetter).findFirst()
                    .ifPresent(cp -> initials.appendCodePoint(Character.toUpperCase(cp)));
        }
        return initials.isEmpty() ? "?" : initials.toString();
    }

    private void addUserMenu(SignedInMember member) {
        Avatar avatar = new Avatar(member.displayName());
        avatar.setAbbreviation(initials(member.displayName()));
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(avatar);
        root.setAriaLabel(getTranslation("menu.user", member.displayName()));
        root.getSubMenu().addItem(member.guest() ? getTranslation("menu.guest-name", member.displayName())
                : member.displayName()).setEnabled(false);
        if (!member.guest()) {
            root.getSubMenu().addItem(getTranslation("menu.profile"),
                    e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        }
        // A guest has no account to come back to: leaving ends its sign-in on this device.
        root.getSubMenu().addItem(getTranslation(member.guest() ? "menu.leave" : "menu.sign-out"),
                e -> authenticationContext.logout());
        userMenuHolder.add(menu);
        userMenuHolder.addClassName("app-user-menu");
    }
}
