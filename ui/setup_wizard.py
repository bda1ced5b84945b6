"""The first-run wizard: create the station (agency, squads, administrator, thresholds, numbering), restore one
from a backup (a new PC replacing one that died), or open a demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from inspector import passwords
from inspector import settings as registry

DEMO_CASES = 40


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("pageError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class ChoicePage(QWizardPage):
    """Create a real station, restore one from a backup, or open the demo; portable mode keeps the data beside
    the program."""

    def __init__(self, data_dir: Path, portable_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("欢迎使用城管执法现场检查与案件系统"))
        self.setSubTitle(self.tr("这台电脑上还没有站点数据。请选择如何开始。"))
        layout = QVBoxLayout(self)
        self.create = QRadioButton(self.tr("创建正式站点（填写执法主体、中队和管理员）"))
        self.create.setObjectName("chooseCreate")
        self.create.setChecked(True)
        self.restore = QRadioButton(
            self.tr("从备份恢复（换电脑或重装后，用“数据备份”生成的备份文件恢复原站点）")
        )
        self.restore.setObjectName("chooseRestore")
        self.demo = QRadioButton(self.tr("打开演示站点（示例数据，每个角色一个账户，密码 Demo2026）"))
        self.demo.setObjectName("chooseDemo")
        self.portable = QCheckBox(
            self.tr("便携模式：数据保存在程序所在文件夹（%1）").replace("%1", str(portable_dir))
        )
        self.portable.setObjectName("portableMode")
        self.where = _note(self.tr("数据文件夹：%1").replace("%1", str(data_dir)))
        self.where.setObjectName("dataDirNote")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.create, self.restore, self.demo, self.portable, self.where):
            layout.addWidget(w)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.create.isChecked():
            return SetupWizard.PAGE_AGENCY
        if self.restore.isChecked():
            return SetupWizard.PAGE_RESTORE
        return -1


class RestorePage(QWizardPage):
    """Choose the backup file; its manifest is read at once (which station, when), and the restore itself,
    which checks every file, runs after the wizard closes (``ui.app.Launcher``)."""

    def __init__(self, data_dir: Path, portable_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("从备份恢复"))
        self.setSubTitle(
            self.tr("选择原站点的备份文件（inspector-backup-….zip）。恢复到本机的空数据文件夹。")
        )
        self.data_dir = data_dir
        self.portable_dir = portable_dir
        self.info = None  # inspector.services.backup.BackupInfo of the chosen file, once read
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("restoreFile")
        self.path.setAccessibleName(self.tr("备份文件"))
        self.path.setPlaceholderText(self.tr("备份文件的位置，如 E:\\备份\\inspector-backup-….zip"))
        self.path.editingFinished.connect(self.read)
        self.choose = QPushButton(self.tr("选择备份文件…"))
        self.choose.setObjectName("restoreChoose")
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("开始恢复"))
        self.summary = QLabel()
        self.summary.setObjectName("restoreSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(
            _note(
                self.tr(
                    "恢复时逐个核对每个文件的 SHA-256 和数据库的完整性，全部无误后才放入数据文件夹；"
                    "任何一项不符，数据文件夹保持原样。恢复后用原站点的账户和密码登录。"
                )
            )
        )
        layout.addStretch(1)

    def _choose(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text().strip() else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), start, self.tr("Inspector 备份 (*.zip);;所有文件 (*)")
        )
        if name:
            self.path.setText(name)
            self.read()

    def read(self) -> bool:
        """Read the chosen file's manifest and say what it holds, or why it cannot be used."""
        from inspector.services import backup
        from ui.messages import describe, local_time

        self.info = None
        self.summary.clear()
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("请选择备份文件。"))
            return False
        try:
            info = backup.inspect_archive(text)
        except Exception as exc:
            message = describe(exc)
            if message is None:
                raise
            self.error.setText(message)
            return False
        self.info = info
        self.error.clear()
        self.summary.setText(
            self.tr("站点：%1\n备份时间：%2\n内容：数据库 + %3 个文件，共 %4 MB\n恢复到：%5")
            .replace("%1", info.station_name or info.station_id)
            .replace("%2", local_time(info.created_at))
            .replace("%3", str(info.files))
            .replace("%4", f"{info.size / 1e6:.1f}")
            .replace("%5", str(self.target()))
        )
        return True

    def target(self) -> Path:
        """The folder the station will be restored into (the portable folder when portable mode is ticked)."""
        wizard = self.wizard()
        portable = isinstance(wizard, SetupWizard) and wizard.portable
        return self.portable_dir if portable else self.data_dir

    def validatePage(self) -> bool:
        return self.read()


class AgencyPage(QWizardPage):
    """The agency in whose name the station acts (执法主体) and this PC's name."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("执法主体"))
        self.setSubTitle(self.tr("文书以执法主体的名义作出（《行政处罚法》第17、18条）。"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("agencyName")
        self.name.setPlaceholderText(self.tr("如：杭州市上城区综合行政执法局"))
        self.short_name = QLineEdit()
        self.short_name.setObjectName("agencyShortName")
        self.short_name.setPlaceholderText(self.tr("如：杭上城（文号前缀）"))
        self.division = QLineEdit()
        self.division.setObjectName("divisionCode")
        self.division.setMaxLength(6)
        self.division.setPlaceholderText(self.tr("6位行政区划代码，如 330102"))
        self.station_name = QLineEdit()
        self.station_name.setObjectName("stationName")
        self.station_name.setPlaceholderText(self.tr("如：湖滨中队办公室1号机"))
        form.addRow(self.tr("执法主体全称"), self.name)
        form.addRow(self.tr("简称"), self.short_name)
        form.addRow(self.tr("行政区划代码"), self.division)
        form.addRow(self.tr("本机名称"), self.station_name)
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("请填写执法主体全称。"))
        code = self.division.text().strip()
        if code:
            from inspector.law.identity import check_division_code
            from ui.translations import problem_text

            problems += [problem_text(p) for p in check_division_code(code)]
        self.error.setText("\n".join(problems))
        return not problems


class SquadsPage(QWizardPage):
    """The squads (中队) and their number segments."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("中队"))
        self.setSubTitle(self.tr("每个中队一行；编号用于文书文号，如 第1-0001号。"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("squadsTable")
        self.table.setHorizontalHeaderLabels([self.tr("中队名称"), self.tr("编号")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_row(self.tr("一中队"), "1")
        row = QHBoxLayout()
        add = QPushButton(self.tr("增加中队"))
        add.setObjectName("addSquad")
        add.clicked.connect(lambda: self.add_row("", str(self.table.rowCount() + 1)))
        remove = QPushButton(self.tr("删除所选中队"))
        remove.setObjectName("removeSquad")
        remove.clicked.connect(self._remove)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.error = _error_label()
        layout.addWidget(self.error)

    def add_row(self, name: str, code: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(code))

    def _remove(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def squads(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c).text().strip() if self.table.item(r, c) else "" for c in (0, 1)]
            if any(cells):
                out.append((cells[0], cells[1]))
        return out

    def validatePage(self) -> bool:
        from inspector.services.setup import check_squads
        from ui.translations import problem_text

        problems = check_squads(self.squads())
        self.error.setText("\n".join(dict.fromkeys(problem_text(p) for p in problems)))
        return not problems


class AdminPage(QWizardPage):
    """The first administrator account."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("系统管理员"))
        self.setSubTitle(self.tr("管理员维护用户、执法人员和设置；请妥善保管密码。"))
        form = QFormLayout(self)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.display_name = QLineEdit(self.tr("系统管理员"))
        self.display_name.setObjectName("adminName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("adminConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("确认密码"), self.confirm)
        form.addRow(
            _note(self.tr("密码至少%1位，不能只有数字或只有字母。").replace("%1", str(passwords.MIN_LENGTH)))
        )
        self.error = _error_label()
        form.addRow(self.error)

    def validatePage(self) -> bool:
        problems = []
        name = self.username.text().strip()
        if not name or len(name) > 32 or not name.replace("_", "").replace(".", "").isalnum():
            problems.append(self.tr("用户名为1–32位字母、数字、下划线或点。"))
        reason = passwords.weak_reason(self.password.text())
        if reason == "too_short":
            problems.append(self.tr("密码至少%1位。").replace("%1", str(passwords.MIN_LENGTH)))
        elif reason:
            problems.append(self.tr("密码不能只有数字或只有字母。"))
        if self.password.text() != self.confirm.text():
            problems.append(self.tr("两次输入的密码不一致。"))
        self.error.setText("\n".join(problems))
        return not problems


class RulesPage(QWizardPage):
    """Hearing thresholds (Art. 63) and the document number pattern: local rules, not constants."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("本地规定"))
        self.setSubTitle(self.tr("以后可在“设置 → 系统设置”中修改。"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.person = QLineEdit()
        self.person.setObjectName("thresholdPerson")
        self.person.setPlaceholderText(self.tr("如 3000"))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("thresholdOrganisation")
        self.organisation.setPlaceholderText(self.tr("如 50000"))
        form.addRow(
            _note(
                self.tr(
                    "听证（较大数额罚款）标准，单位：元。《中华人民共和国行政处罚法》第六十三条：罚款达到该数额应告知当事人"
                    "有要求听证的权利。标准由省级或设区的市规定；未设定时不能制作事先告知书。"
                )
            )
        )
        form.addRow(self.tr("公民（元）"), self.person)
        form.addRow(self.tr("法人或其他组织（元）"), self.organisation)
        self.pattern = QLineEdit(registry.default("documents.number_pattern"))
        self.pattern.setObjectName("numberPattern")
        form.addRow(self.tr("文号格式"), self.pattern)
        form.addRow(
            _note(
                self.tr(
                    "{agency} 机关简称、{type} 文书代字、{year} 年份、{squad} 中队编号、{station} 本站点代码、"
                    "{seq} 序号；除 {agency} 外都必须有，文号才不会重复。"
                )
            )
        )
        # below the form, not in a form row: a row does not grow to show a long message wrapped over lines
        self.error = _error_label()
        outer.addWidget(self.error)
        outer.addStretch(1)

    def nextId(self) -> int:
        return -1  # the last page of creating a station (the restore page comes after it only by number)

    def thresholds(self) -> dict[str, dict[str, int]]:
        entry = {}
        for kind, field in (("person", self.person), ("organisation", self.organisation)):
            if field.text().strip():
                entry[kind] = registry.yuan_to_cents(field.text())
        return {"*": entry} if entry else {}

    def validatePage(self) -> bool:
        from inspector.errors import ValidationError
        from ui.translations import problem_text

        problems = []
        try:
            registry.validate("hearing.thresholds", self.thresholds())
        except ValueError:
            problems.append(self.tr("听证标准应为金额（元，最多两位小数）。"))
        except ValidationError as exc:
            problems += [problem_text(p) for p in exc.problems]
        try:
            registry.validate("documents.number_pattern", self.pattern.text().strip())
        except ValidationError as exc:
            problems += [problem_text(p) for p in exc.problems]
        self.error.setText("\n".join(problems))
        return not problems


class SetupWizard(QWizard):
    """Collects what a new station needs; :meth:`result_spec` gives it once the wizard is accepted.

    The caller creates the station (``inspector.services.setup.create_station``) or the demo; the wizard
    itself writes nothing, so cancelling it leaves the data folder as it was.
    """

    PAGE_CHOICE, PAGE_AGENCY, PAGE_SQUADS, PAGE_ADMIN, PAGE_RULES, PAGE_RESTORE = range(6)

    def __init__(self, data_dir: Path, portable_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("首次使用：创建站点"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choice = ChoicePage(data_dir, portable_dir)
        self.agency = AgencyPage()
        self.squads = SquadsPage()
        self.admin = AdminPage()
        self.rules = RulesPage()
        self.restore = RestorePage(data_dir, portable_dir)
        pages = (self.choice, self.agency, self.squads, self.admin, self.rules, self.restore)
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_CHOICE)
        self.resize(720, 520)

    @property
    def wants_demo(self) -> bool:
        return self.choice.demo.isChecked()

    @property
    def wants_restore(self) -> bool:
        return self.choice.restore.isChecked()

    def restore_from(self, path: str, error: str = "") -> None:
        """Open on the restore page with ``path`` filled in (after a restore failed: ``error`` says why)."""
        self.choice.restore.setChecked(True)
        self.restore.path.setText(path)
        self.restore.read()
        if error:
            self.restore.error.setText(error)
        self.next()

    @property
    def portable(self) -> bool:
        return self.choice.portable.isChecked()

    def result_spec(self) -> dict:
        """Keyword arguments for ``create_station`` from what was entered."""
        return {
            "agency": {
                "name": self.agency.name.text().strip(),
                "short_name": self.agency.short_name.text().strip(),
                "division_code": self.agency.division.text().strip(),
            },
            "station_name": self.agency.station_name.text().strip(),
            "squads": self.squads.squads(),
            "admin_username": self.admin.username.text().strip(),
            "admin_name": self.admin.display_name.text().strip(),
            "admin_password": self.admin.password.text(),
            "hearing_thresholds": self.rules.thresholds(),
            "number_pattern": self.rules.pattern.text().strip(),
        }
