"""The sales process services, built together so the board's card decorators are set once."""

from __future__ import annotations

from dataclasses import dataclass

from prospectdesk.clock import Clock
from prospectdesk.domain.calls import CallList
from prospectdesk.domain.funnel import FunnelService
from prospectdesk.domain.gate import QualificationGate
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.qualification import QualificationService
from prospectdesk.domain.sales import SalesService
from prospectdesk.domain.settings import Settings
from prospectdesk.domain.sources import SourcesService
from prospectdesk.domain.today import TodayService


@dataclass
class SalesProcess:
    qualification: QualificationService
    presentations: SalesService  # presentations, closes, sales, expected value, staleness
    sources: SourcesService
    funnel: FunnelService
    today: TodayService
    calls: CallList
    gate: QualificationGate  # the owner's moves of leads to Prospect or further


def build_sales_process(clock: Clock, pipeline: Pipeline, settings: Settings) -> SalesProcess:
    qualification = QualificationService(clock, pipeline)
    presentations = SalesService(clock, pipeline)
    pipeline.card_decorators.append(qualification.card_extras)
    pipeline.card_decorators.append(presentations.card_extras)
    sources = SourcesService()
    return SalesProcess(
        qualification=qualification,
        presentations=presentations,
        sources=sources,
        funnel=FunnelService(clock, pipeline),
        today=TodayService(clock, pipeline, qualification),
        calls=CallList(qualification, sources),
        gate=QualificationGate(qualification, settings),
    )
