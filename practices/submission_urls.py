from django.urls import path

from practices import views

urlpatterns = [
    path("practices/submissions/", views.my_submissions, name="my_submissions"),
    path("practices/submissions/new/", views.start, name="submission_start"),
    path("practices/submissions/<int:pk>/review/", views.review, name="submission_review"),
    path("practices/submissions/<int:pk>/<str:step>/", views.step, name="submission_step"),
]
