from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_configuration_loads_cleanly() -> None:
    settings = load_settings(ROOT / "config.example.toml")
    assert settings.organisation.domains


def test_unknown_key_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, '[organisation]\nname = "X"\ndomain = ["x.dk"]\n')
    with pytest.raises(ConfigError, match=r"organisation\.domain: unknown key"):
        load_settings(path)


def test_wrong_type_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, '[organisation]\ndomains = "x.dk"\n')
    with pytest.raises(ConfigError, match=r"organisation\.domains: .*list"):
        load_settings(path)


def test_invalid_toml_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "[organisation\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert "invalid TOML" in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_no_publish_file_is_relative_to_config(tmp_path: Path) -> None:
    (tmp_path / "names.csv").write_text("Ida Testesen\n# comment\nBo Prøvesen,8.b\n", encoding="utf-8")
    path = write(tmp_path, '[consent]\nno_publish = ["Alma Eksempel"]\nno_publish_file = "names.csv"\n')
    names = load_settings(path).no_publish_names()
    assert names == ["Alma Eksempel", "Ida Testesen", "Bo Prøvesen"]


def test_duplicate_profile_ids_refused(tmp_path: Path) -> None:
    profile = '[[profiles]]\nid = "a"\nname = "A"\nplatform = "rss"\naccount = "http://x"\nowner = "O <o@x.dk>"\n'
    with pytest.raises(ConfigError, match="used twice"):
        load_settings(write(tmp_path, profile + profile))


def test_unknown_platform_refused(tmp_path: Path) -> None:
    text = '[[profiles]]\nid = "a"\nname = "A"\nplatform = "myspace"\naccount = "x"\nowner = "O"\n'
    with pytest.raises(ConfigError, match=r"profiles\.0\.platform"):
        load_settings(write(tmp_path, text))
