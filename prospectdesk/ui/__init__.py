"""The Qt user interface: a thin layer over the domain, built on model/view."""
