import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttrs = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function MantineAnchor(props: AnchorProps & AnchorAttrs) {
  return <Anchor {...props} />;
}
function MantineNavLink(props: NavLinkProps & Omit<AnchorAttrs, 'color'>) {
  return <NavLink component="a" {...props} />;
}
function MantineButtonLink(props: ButtonProps & Omit<AnchorAttrs, 'color'>) {
  return <Button component="a" {...props} />;
}

const CreatedAnchor = createLink(MantineAnchor);
const CreatedNavLink = createLink(MantineNavLink);
const CreatedButton = createLink(MantineButtonLink);

/** A router link that looks like a Mantine Anchor. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchor preload="intent" {...props} />;
/** A router link for the side navigation; active state follows the current route. */
export const NavLinkItem: LinkComponent<typeof MantineNavLink> = (props) => <CreatedNavLink preload="intent" {...props} />;
export const ButtonLink: LinkComponent<typeof MantineButtonLink> = (props) => <CreatedButton preload="intent" {...props} />;
