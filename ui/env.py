"""What every screen of one signed-in session is given (passed explicitly: no global application object)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.config import Settings
from app.services import Services
from app.services.types import Changes, CurrentUser
from ui.i18n import Translations
from ui.ops import Ops


class ChangeBus(QObject):
    """Screens announce what a write changed (docs/ARCHITECTURE.md, UI rule 3); others refresh from it
    instead of polling."""

    changed = Signal(object)
    """A ``Changes`` value."""
    print_event = Signal(object)
    """A ``PrintJobEvent`` from the print worker (emitted from its thread, delivered on the GUI thread)."""

    def announce(self, changes: Changes) -> None:
        """Tells every listening screen what changed."""
        self.changed.emit(changes)


@dataclass
class UiEnv:
    """The services, the background runner, the signed-in user, the translator and the change bus."""

    services: Services
    ops: Ops
    user: CurrentUser
    translations: Translations = field(default_factory=Translations)
    bus: ChangeBus = field(default_factory=ChangeBus)
    take_spare: Callable[[str], QWidget | None] = field(default=lambda _key: None)
    """An empty widget built before sign-in, by key, taken once (``ui.session.prebuild``); None: build one."""

    @property
    def settings(self) -> Settings:
        """This counter's typed settings (``settings.toml``)."""
        return self.services.ctx.settings
