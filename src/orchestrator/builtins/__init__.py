"""The core's own plugins, registered after entry points; they cannot be blocked."""
